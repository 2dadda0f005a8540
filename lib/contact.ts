// Where teachers (and anyone else) get help with the service: the one address every page,
// error page and email gives. Safe for the browser and for emails/. Written once, in contact.mjs.
export { CONTACT_EMAIL } from "./contact.mjs";
