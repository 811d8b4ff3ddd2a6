/*
  Warnings:

  - A unique constraint covering the columns `[articleId,start,end,extractorVersion,removedInVersion]` on the table `Claim` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('feed', 'sitemap');

-- DropIndex
DROP INDEX "Claim_articleId_start_end_extractorVersion_key";

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "removedInVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "host" TEXT NOT NULL,
    "kind" "SourceKind",
    "title" TEXT,
    "intervalMinutes" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "etag" TEXT,
    "lastModified" TEXT,
    "nextPollAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastPolledAt" TIMESTAMP(3),
    "lastSuccessAt" TIMESTAMP(3),
    "lastErrorAt" TIMESTAMP(3),
    "lastError" TEXT,
    "failureCount" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceItem" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT,
    "publishedAt" TIMESTAMP(3),
    "enqueued" BOOLEAN NOT NULL,
    "skipReason" TEXT,
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HostSlot" (
    "host" TEXT NOT NULL,
    "slot" INTEGER NOT NULL,
    "holder" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HostSlot_pkey" PRIMARY KEY ("host","slot")
);

-- CreateTable
CREATE TABLE "RobotsFile" (
    "origin" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "fetchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RobotsFile_pkey" PRIMARY KEY ("origin")
);

-- CreateTable
CREATE TABLE "ArticleVersion" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_url_key" ON "Source"("url");

-- CreateIndex
CREATE INDEX "Source_active_nextPollAt_idx" ON "Source"("active", "nextPollAt");

-- CreateIndex
CREATE INDEX "Source_host_idx" ON "Source"("host");

-- CreateIndex
CREATE INDEX "SourceItem_url_idx" ON "SourceItem"("url");

-- CreateIndex
CREATE INDEX "SourceItem_sourceId_firstSeenAt_idx" ON "SourceItem"("sourceId", "firstSeenAt");

-- CreateIndex
CREATE UNIQUE INDEX "SourceItem_sourceId_key_key" ON "SourceItem"("sourceId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "ArticleVersion_articleId_version_key" ON "ArticleVersion"("articleId", "version");

-- CreateIndex
CREATE INDEX IF NOT EXISTS "Article_url_idx" ON "Article"("url");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_articleId_start_end_extractorVersion_removedInVersion_key" ON "Claim"("articleId", "start", "end", "extractorVersion", "removedInVersion");

-- AddForeignKey
ALTER TABLE "SourceItem" ADD CONSTRAINT "SourceItem_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleVersion" ADD CONSTRAINT "ArticleVersion_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
