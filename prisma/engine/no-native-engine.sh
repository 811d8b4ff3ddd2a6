#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded here.
# `prisma generate` only needs the variable to point at an executable; migrations
# go through prisma/runner (the wasm schema engine) instead.
echo "claimledger: the native Prisma schema engine is not used; run npm run db:migrate / db:deploy / db:status" >&2
exit 1
