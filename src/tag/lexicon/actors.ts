/**
 * Alliances whose name alone does not say which states act. A mention counts for the member
 * states the story names anyway, so "OVKS units from Belarus" ties Belarus to the story more
 * firmly, while the other members stay out.
 */
export interface Actor {
  terms: string;
  members: readonly string[];
}

export const ACTORS: Readonly<Record<string, Actor>> = {
  csto: {
    terms:
      "=CSTO|=OVKS|=ODKB|=ОДКБ|=OTSC|Collective Security Treaty Organization|Organisation des Vertrags über kollektive Sicherheit|Организация Договора о коллективной безопасности|Organisation du traité de sécurité collective|Organización del Tratado de Seguridad Colectiva|одкб",
    members: ["AM", "BY", "KZ", "KG", "RU", "TJ"],
  },
  ecowas: {
    terms:
      "=ECOWAS|=CEDEAO|=ЭКОВАС|Economic Community of West African States|Communauté économique des États de l'Afrique de l'Ouest|Comunidad Económica de Estados de África Occidental",
    members: ["BJ", "CV", "CI", "GM", "GH", "GN", "GW", "LR", "NG", "SN", "SL", "TG"],
  },
};
