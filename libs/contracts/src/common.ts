import { z } from 'zod';

export const ZId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+$/i, 'not a valid id');
export const ZIsoDate = z.iso.date();
