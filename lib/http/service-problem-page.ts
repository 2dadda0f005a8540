// GOV.UK's problem page for the answers a page cannot give itself: written once, beside the
// server that sends it for a failed page (lib/next-seams/problem-page.mjs).
export { fetchServiceProblemPage, PLAIN_PROBLEM_PAGE, SERVICE_PROBLEM_PATH } from "@/lib/next-seams/problem-page.mjs";
