// Reading the gateway's admin errors and routing their field messages to the form's controls.
import { describe, expect, it } from 'vitest';
import { ApiError, errorFromBody } from '../api/http-client.ts';
import { fieldErrorsByControl, submitForm } from './submit-form.ts';

describe('errorFromBody', () => {
  it('reads the field messages of a gateway validation error', () => {
    const error = errorFromBody(400, { error: { message: 'Invalid fields: weight', code: 'validation_error', details: { fields: { weight: ['At most 100'] } } } });
    expect(error).toMatchObject({ status: 400, code: 'validation_error', message: 'Invalid fields: weight', fields: { weight: ['At most 100'] } });
  });

  it('still gives a message when the body is not the gateway error shape', () => {
    expect(errorFromBody(502, undefined)).toMatchObject({ status: 502, message: 'HTTP 502', fields: {} });
  });
});

describe('submitForm', () => {
  it('does not write while the form has its own field errors', async () => {
    let writes = 0;
    const result = await submitForm({ name: ['Required'] }, async () => void writes++);
    expect(writes).toBe(0);
    expect(result).toMatchObject({ ok: false, fieldErrors: { name: ['Required'] } });
  });

  it('puts nested API field errors under the control that holds them', async () => {
    const result = await submitForm({}, () => Promise.reject(new ApiError(400, 'validation_error', 'Invalid fields', { 'modelRedirects.0.to': ['Must not be empty'], weight: ['At most 100'] })));
    expect(result.fieldErrors).toEqual({ modelRedirects: ['#1 to: Must not be empty'], weight: ['At most 100'] });
    expect(fieldErrorsByControl({})).toEqual({});
  });
});
