// Reads the baseline corpus from its manifest and document texts, wherever they are stored.
import * as z from 'zod/mini';
import { describeIssues, optionalText, textOrEmpty } from './validation.ts';
import type { Baseline } from './types.ts';

export const ManifestSchema = z.object({
  description: optionalText,
  documents: z.array(
    z.object({
      id: z.string().check(z.regex(/^[A-Za-z0-9_.-]+$/, 'a document id is a file name without .txt')),
      title: z.string(),
      source: textOrEmpty,
      published: textOrEmpty,
      language: optionalText,
      // baseline sentences this document replaces: an accepted contradiction's evidence
      supersedes: z.optional(z.array(z.object({ doc: z.string(), text: z.string() }))),
    }),
  ),
});
export type BaselineManifest = z.infer<typeof ManifestSchema>;

export class BaselineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BaselineError';
  }
}

export function parseManifest(json: string, origin = 'baseline/manifest.json'): BaselineManifest {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new BaselineError(`${origin} is not JSON: ${(e as Error).message}`);
  }
  const result = z.safeParse(ManifestSchema, data);
  if (!result.success) {
    throw new BaselineError(`${origin} is not a baseline manifest: ${describeIssues(result.error)}`);
  }
  return result.data;
}

/** Loads every manifest document through `readText` (undefined = missing, which is an error). */
export async function loadBaseline(
  manifestJson: string,
  readText: (docId: string) => Promise<string | undefined>,
): Promise<Baseline> {
  const manifest = parseManifest(manifestJson);
  const docs = await Promise.all(
    manifest.documents.map(async (meta) => {
      const text = await readText(meta.id);
      if (text === undefined) throw new BaselineError(`baseline document ${meta.id}.txt is listed in the manifest but missing`);
      return { ...meta, text };
    }),
  );
  return { description: manifest.description, docs };
}
