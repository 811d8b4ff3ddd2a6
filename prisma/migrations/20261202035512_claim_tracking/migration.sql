/*
  Warnings:

  - Added the required column `updatedAt` to the `ClaimGroup` table without a default value. This is not possible if the table is not empty.

*/
-- Trigram similarity for claim candidates (PGlite loads the extension in libs/db/src/connection/pglite.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "SuggestionStatus" AS ENUM ('pending', 'confirmed', 'rejected');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "isRepeat" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "matchScore" DOUBLE PRECISION,
ADD COLUMN     "valueChange" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ClaimGroup" ADD COLUMN     "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL;

-- CreateTable
CREATE TABLE "MatchSuggestion" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "valueChange" BOOLEAN NOT NULL DEFAULT false,
    "matcherVersion" TEXT NOT NULL,
    "status" "SuggestionStatus" NOT NULL DEFAULT 'pending',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatchSuggestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MatchSettings" (
    "id" TEXT NOT NULL DEFAULT 'default',
    "autoThreshold" DOUBLE PRECISION NOT NULL DEFAULT 0.85,
    "suggestThreshold" DOUBLE PRECISION NOT NULL DEFAULT 0.55,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MatchSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportedFactCheck" (
    "id" TEXT NOT NULL,
    "reviewUrl" TEXT NOT NULL,
    "claimReviewed" TEXT NOT NULL,
    "publisherName" TEXT NOT NULL,
    "publisherUrl" TEXT,
    "ratingName" TEXT,
    "ratingValue" DOUBLE PRECISION,
    "bestRating" DOUBLE PRECISION,
    "worstRating" DOUBLE PRECISION,
    "claimAuthor" TEXT,
    "claimDate" TIMESTAMP(3),
    "reviewDate" TIMESTAMP(3),
    "groupId" TEXT,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportedFactCheck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MatchSuggestion_status_createdAt_idx" ON "MatchSuggestion"("status", "createdAt");

-- CreateIndex
CREATE INDEX "MatchSuggestion_groupId_idx" ON "MatchSuggestion"("groupId");

-- CreateIndex
CREATE UNIQUE INDEX "MatchSuggestion_claimId_groupId_key" ON "MatchSuggestion"("claimId", "groupId");

-- CreateIndex
CREATE UNIQUE INDEX "ImportedFactCheck_reviewUrl_key" ON "ImportedFactCheck"("reviewUrl");

-- CreateIndex
CREATE INDEX "ImportedFactCheck_groupId_idx" ON "ImportedFactCheck"("groupId");

-- CreateIndex
CREATE INDEX IF NOT EXISTS "ImportedFactCheck_claimReviewed_trgm_idx" ON "ImportedFactCheck" USING GIN ("claimReviewed" gin_trgm_ops);

-- Full-text candidates over imported fact-checks (an expression index: Prisma's schema cannot say it and leaves it alone).
CREATE INDEX IF NOT EXISTS "ImportedFactCheck_claimReviewed_fts_idx" ON "ImportedFactCheck" USING GIN (to_tsvector('english', "claimReviewed"));

-- CreateIndex
CREATE INDEX "Claim_isRepeat_state_idx" ON "Claim"("isRepeat", "state");

-- CreateIndex
CREATE INDEX IF NOT EXISTS "Claim_sentence_trgm_idx" ON "Claim" USING GIN ("sentence" gin_trgm_ops);

-- Full-text candidates over claim sentences (an expression index: Prisma's schema cannot say it and leaves it alone).
CREATE INDEX IF NOT EXISTS "Claim_sentence_fts_idx" ON "Claim" USING GIN (to_tsvector('english', "sentence"));

-- CreateIndex
CREATE INDEX "ClaimGroup_lastSeenAt_idx" ON "ClaimGroup"("lastSeenAt");

-- AddForeignKey
ALTER TABLE "MatchSuggestion" ADD CONSTRAINT "MatchSuggestion_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchSuggestion" ADD CONSTRAINT "MatchSuggestion_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ClaimGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportedFactCheck" ADD CONSTRAINT "ImportedFactCheck_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ClaimGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;
