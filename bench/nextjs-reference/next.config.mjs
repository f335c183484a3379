/** @type {import('next').NextConfig} */
const nextConfig = {
  // No telemetry header, no image optimizer: the pages have no images, and the bench runs offline.
  poweredByHeader: false,
  images: { unoptimized: true },
};

export default nextConfig;
