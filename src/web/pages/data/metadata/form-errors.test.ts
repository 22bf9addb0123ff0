import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client.js';
import { formFieldOf } from './form-errors.js';

const refusal = (field: string | null) => new ApiError(400, 'VALIDATION_FAILED', { zh: '无效', en: 'invalid' }, field);
const FIELDS = ['code', 'min', 'disaggregations'];

describe('formFieldOf', () => {
  it('finds the form field in the server’s schema and service field names', () => {
    expect(formFieldOf(refusal('body.min'), FIELDS)).toBe('min');
    expect(formFieldOf(refusal('disaggregations/1'), FIELDS)).toBe('disaggregations');
    expect(formFieldOf(refusal('body.disaggregations.0'), FIELDS)).toBe('disaggregations');
    expect(formFieldOf(refusal('code'), FIELDS)).toBe('code');
  });

  it('gives nothing for a field the form does not have, no field, or another failure', () => {
    expect(formFieldOf(refusal('body.version'), FIELDS)).toBeNull();
    expect(formFieldOf(refusal(null), FIELDS)).toBeNull();
    expect(formFieldOf(new Error('network'), FIELDS)).toBeNull();
  });
});
