// Reads Tandem's API over HTTP, as Tandem's web server does (src/Tandem.Web/ApiClient/TandemApiClient.cs).
// Every page is rendered per request from fresh API data, so nothing is baked in at build time.

function apiBaseUrl() {
  const base = process.env.TANDEM_API_URL;
  if (!base) {
    throw new Error("Set TANDEM_API_URL to Tandem's API server, e.g. http://127.0.0.1:5081");
  }

  return base.replace(/\/+$/, "");
}

async function readJson(path) {
  const response = await fetch(apiBaseUrl() + path, {
    cache: "no-store",
    headers: { accept: "application/json" },
    signal: AbortSignal.timeout(5000),
  });
  if (response.status === 404) {
    return null;
  }

  if (!response.ok) {
    throw new Error(`Tandem's API answered ${response.status} to GET ${path}`);
  }

  return response.json();
}

/** The 20 newest posts: { items: [{ id, title, slug, excerpt, createdAt, author }], nextBefore }. */
export function listPosts() {
  return readJson("/posts");
}

/** One post with its sanitized HTML, or null when there is no such post. */
export function getPost(id) {
  return /^[0-9]+$/.test(id) ? readJson(`/posts/${id}`) : Promise.resolve(null);
}
