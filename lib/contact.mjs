// Where teachers (and anyone else) get help with the service: the one address every page,
// error page and email gives. Plain JavaScript because the production server's own fallback pages
// (lib/next-seams/problem-page.mjs) give it too, and they run without a TypeScript loader.
export const CONTACT_EMAIL = "teaching.qualifications@example.com";
