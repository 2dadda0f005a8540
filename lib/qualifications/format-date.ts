// Kept for lib/certificates until its own branch imports @/lib/format/dates: dates are
// formatted in that one module.
export { formatDate } from "@/lib/format/dates";
