-- CreateIndex
CREATE INDEX "Review_state_updatedAt_idx" ON "Review"("state", "updatedAt");
