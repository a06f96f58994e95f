import { de } from "./de.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { fr } from "./fr.ts";
import { ru } from "./ru.ts";
import type { CrisisLexicon } from "./types.ts";

/** The languages with a crisis vocabulary; text in other languages borrows one by script (see tagger.ts). */
export const CRISIS_LEXICONS: Readonly<Record<string, CrisisLexicon>> = { en, de, ru, fr, es };
