-- The support console: when an account last signed in, and finding teachers fast.

-- AlterTable
ALTER TABLE "identity_accounts" ADD COLUMN     "lastSignedInAt" TIMESTAMP(3);


-- Finding a teacher by part of their name, whatever the case or accents ("sian" finds "Siân"):
-- trigrams over one immutable, lower-cased, unaccented form of the name, and an index on it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE FUNCTION "search_name"(first text, middle text, last text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, concat_ws(' ', first, middle, last))) $$;

CREATE INDEX "teaching_records_search_name_idx" ON "teaching_records"
  USING gin ("search_name"("firstName", "middleName", "lastName") gin_trgm_ops);

-- By email, exact but in any case.
CREATE INDEX "teaching_records_email_lower_idx" ON "teaching_records" (lower("email"));
