import Link from "next/link";
import { listPosts } from "../lib/api";
import PostDate from "../lib/post-date";

// Rendered on every request from the API, never prerendered at build time (the API is not running then).
export const dynamic = "force-dynamic";

export const metadata = {
  title: "Tandem: newest posts",
  description: "The newest posts on Tandem, written in Markdown by its members.",
};

export default async function Home() {
  const posts = await listPosts();
  return (
    <>
      <h1>Newest posts</h1>
      <ol className="post-list">
        {posts.items.map((post) => (
          <li key={post.id}>
            <article>
              <h2><Link href={`/posts/${post.id}/${post.slug}`}>{post.title}</Link></h2>
              <p className="byline">
                <a href={`/u/${post.author.handle}`}>{post.author.displayName}</a>
                {" · "}<PostDate value={post.createdAt} />
              </p>
              <p className="excerpt">{post.excerpt}</p>
            </article>
          </li>
        ))}
      </ol>
    </>
  );
}
