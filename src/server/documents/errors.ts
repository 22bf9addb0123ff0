import { AppError, type ErrorCode } from '../errors.js';

/** Why a document cannot be imported; stable identifiers for clients and tests. */
export type DocumentProblem =
  | 'DOCUMENT_EMPTY'
  | 'DOCUMENT_TOO_LARGE'
  | 'DOCUMENT_TYPE_UNSUPPORTED'
  | 'DOCUMENT_SCANNED'
  | 'DOCUMENT_UNREADABLE'
  | 'DOCUMENT_NO_INDICATORS';

const SERVER_CODE: Record<DocumentProblem, ErrorCode> = {
  DOCUMENT_EMPTY: 'DOCUMENT_UNREADABLE',
  DOCUMENT_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  DOCUMENT_TYPE_UNSUPPORTED: 'UNSUPPORTED_MEDIA_TYPE',
  DOCUMENT_SCANNED: 'DOCUMENT_UNREADABLE',
  DOCUMENT_UNREADABLE: 'DOCUMENT_UNREADABLE',
  DOCUMENT_NO_INDICATORS: 'DOCUMENT_UNREADABLE',
};

/** A document refused before anything is created; `problem` says why, `code` maps it onto HTTP. */
export class DocumentError extends AppError {
  readonly problem: DocumentProblem;

  constructor(problem: DocumentProblem, zh: string, en: string, document: string) {
    super(SERVER_CODE[problem], { zh, en }, { field: 'file', problem, document });
    this.name = 'DocumentError';
    this.problem = problem;
  }
}
