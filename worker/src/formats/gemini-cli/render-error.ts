// Neutral error → Gemini CLI error body: code-assist answers errors exactly as the Gemini API does.
import { renderGeminiError } from '../gemini/render-error.ts';

export const renderGeminiCliError = renderGeminiError;
