import type { Language } from '../types';
import { en } from './en';
import { fr } from './fr';
import type { Lexicon } from './lexicon';

/** One lexicon per supported language; adding a language is adding a folder here. */
export const LEXICONS: Record<Language, Lexicon> = { en, fr };
export type { Lexicon, PhraseRule } from './lexicon';
