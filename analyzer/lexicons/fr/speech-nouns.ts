// Noms de parole : « dans un communiqué », « lors d'une conférence de presse ».
export default `communiqué communiqués déclaration déclarations entretien entretiens interview interviews
conférence discours message tweet lettre courrier tribune allocution intervention`.split(/\s+/);
