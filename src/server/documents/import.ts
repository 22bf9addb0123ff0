import { proposePlan, type PlanProposal, type ProposeOptions } from '../../domain/import/propose.js';
import { DocumentError } from './errors.js';
import type { ExtractedDocument } from './extract.js';

/**
 * A plan proposed from an extracted document. A document in which no indicator is found —
 * neither an indicator table nor a quantified target in its text — is no plan document.
 */
export function proposeFromDocument(document: ExtractedDocument, options: Omit<ProposeOptions, 'document'> = {}): PlanProposal {
  const proposal = proposePlan(document.lines, { ...options, document: document.name });
  if (proposal.plan.indicators.length === 0) {
    throw new DocumentError(
      'DOCUMENT_NO_INDICATORS',
      `文件“${document.name}”中没有找到指标表，也没有找到带数值的目标，不是可导入的规划文本`,
      `No indicator table and no quantified target were found in "${document.name}"; it is not a plan document that can be imported`,
      document.name,
    );
  }
  return proposal;
}
