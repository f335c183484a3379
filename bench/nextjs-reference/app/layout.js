import Link from "next/link";

export const metadata = { title: "Tandem" };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <nav aria-label="Main">
            <Link className="brand" href="/">Tandem</Link>
          </nav>
        </header>
        <main id="content" className="page">{children}</main>
        <footer className="site-footer">
          <p>Tandem: server-rendered pages, a separate API, one sign-in.</p>
        </footer>
      </body>
    </html>
  );
}
