/*
  Warnings:

  - You are about to drop the column `correctionReason` on the `Review` table. All the data in the column will be lost.
  - You are about to drop the column `correctsReviewId` on the `Review` table. All the data in the column will be lost.
  - A unique constraint covering the columns `[claimId]` on the table `Assignment` will be added. If there are existing duplicate values, this will fail.

*/
-- DropForeignKey
ALTER TABLE "Review" DROP CONSTRAINT "Review_correctsReviewId_fkey";

-- DropIndex
DROP INDEX "Assignment_claimId_assigneeId_key";

-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "archivedUrl" TEXT,
ADD COLUMN     "quoteFound" BOOLEAN;

-- AlterTable
ALTER TABLE "Review" DROP COLUMN "correctionReason",
DROP COLUMN "correctsReviewId";

-- CreateTable
CREATE TABLE "Correction" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "previousVerdictLabelId" TEXT,
    "reason" TEXT NOT NULL,
    "correctedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Correction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Correction_claimId_createdAt_idx" ON "Correction"("claimId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Assignment_claimId_key" ON "Assignment"("claimId");

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_previousVerdictLabelId_fkey" FOREIGN KEY ("previousVerdictLabelId") REFERENCES "VerdictLabel"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_correctedById_fkey" FOREIGN KEY ("correctedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
