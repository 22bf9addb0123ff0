import type { PlanDocument } from '../../../domain/plan/format.js';
import type { Uncertainty } from '../../../domain/import/uncertainty.js';
import { extractDocument } from '../../documents/extract.js';
import { proposeFromDocument } from '../../documents/import.js';
import type { UploadedFile } from '../attachments/upload.js';
import { AppError } from '../../errors.js';

/** What the review page shows: the proposed plan, what to check, and the document's lines to check it against. */
export interface PlanImportProposal {
  proposal: PlanDocument;
  uncertainties: Uncertainty[];
  lines: string[];
}

/**
 * Proposes a plan from one uploaded document. Nothing is stored: the person reviews the proposal
 * and creates the plan through the plan import. Documents that give no text or no indicator are
 * refused with the extractor's bilingual message.
 */
export async function proposeFromUpload(files: readonly UploadedFile[]): Promise<PlanImportProposal> {
  if (files.length !== 1) {
    throw new AppError(
      'VALIDATION_FAILED',
      { zh: `请上传且只上传一个规划文件（收到 ${files.length} 个）`, en: `Upload exactly one plan document (received ${files.length})` },
      { field: 'file' },
    );
  }
  const [file] = files as [UploadedFile];
  const document = await extractDocument(file.fileName, new Uint8Array(file.data));
  const proposal = proposeFromDocument(document);
  return { proposal: proposal.plan, uncertainties: proposal.uncertainties, lines: document.lines };
}
