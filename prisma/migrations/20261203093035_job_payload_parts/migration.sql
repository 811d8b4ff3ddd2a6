-- CreateTable
CREATE TABLE "JobPayloadPart" (
    "payloadId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobPayloadPart_pkey" PRIMARY KEY ("payloadId","seq")
);

-- CreateIndex
CREATE INDEX "JobPayloadPart_createdAt_idx" ON "JobPayloadPart"("createdAt");
