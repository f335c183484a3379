import { notFound, permanentRedirect } from "next/navigation";
import { getPost } from "../../../../lib/api";
import PostDate from "../../../../lib/post-date";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }) {
  const post = await getPost((await params).id);
  return post ? { title: `${post.title} · Tandem`, description: post.excerpt } : {};
}

export default async function PostPage({ params }) {
  const { id, slug } = await params;
  const post = await getPost(id);
  if (!post) {
    notFound();
  }

  // As on Tandem, a wrong slug moves permanently to the post's one address.
  if (slug !== post.slug) {
    permanentRedirect(`/posts/${post.id}/${post.slug}`);
  }

  return (
    <article className="post">
      <header>
        <h1>{post.title}</h1>
        <p className="byline">
          By <a href={`/u/${post.author.handle}`} rel="author">{post.author.displayName}</a>
          {" · "}<PostDate value={post.createdAt} />
        </p>
      </header>
      {/* The API sanitizes the HTML it renders from Markdown, as Tandem's post page trusts it too. */}
      <div className="post-body" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
    </article>
  );
}
