-- CreateEnum
CREATE TYPE "ExportFileStatus" AS ENUM ('pending', 'ready', 'failed');

-- CreateTable
CREATE TABLE "ExportFile" (
    "id" TEXT NOT NULL,
    "format" "ReportFormat" NOT NULL,
    "filter" JSONB NOT NULL,
    "options" JSONB NOT NULL,
    "status" "ExportFileStatus" NOT NULL DEFAULT 'pending',
    "runId" TEXT,
    "contentType" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "claimCount" INTEGER,
    "byteSize" BIGINT NOT NULL DEFAULT 0,
    "failure" TEXT,
    "jobId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readyAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExportFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExportFileChunk" (
    "fileId" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "ExportFileChunk_pkey" PRIMARY KEY ("fileId","runId","seq")
);

-- CreateIndex
CREATE INDEX "ExportFile_expiresAt_idx" ON "ExportFile"("expiresAt");

-- CreateIndex
CREATE INDEX "ExportFile_createdById_createdAt_idx" ON "ExportFile"("createdById", "createdAt");

-- AddForeignKey
ALTER TABLE "ExportFile" ADD CONSTRAINT "ExportFile_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExportFileChunk" ADD CONSTRAINT "ExportFileChunk_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "ExportFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
