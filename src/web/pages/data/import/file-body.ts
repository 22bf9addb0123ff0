import { ApiError } from '../../../api/client.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * What to send for a chosen file. The type is set from the file's extension, not the browser's
 * guess (Windows calls a .csv `application/vnd.ms-excel`); a dataValueSets JSON file is sent as JSON.
 */
export async function fileBody(file: File): Promise<Blob | object> {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return new Blob([file], { type: 'text/csv' });
  if (name.endsWith('.xlsx')) return new Blob([file], { type: XLSX_TYPE });
  if (name.endsWith('.json')) {
    try {
      return JSON.parse(await file.text()) as object;
    } catch {
      throw new ApiError(0, 'MALFORMED_JSON', { zh: `文件“${file.name}”不是有效的 JSON`, en: `The file "${file.name}" is not valid JSON` });
    }
  }
  throw new ApiError(0, 'UNSUPPORTED_MEDIA_TYPE', {
    zh: `文件“${file.name}”的类型不受支持，请上传 .csv、.xlsx 或 dataValueSets .json 文件`,
    en: `The file "${file.name}" is of a type not supported; upload a .csv, .xlsx or dataValueSets .json file`,
  });
}
