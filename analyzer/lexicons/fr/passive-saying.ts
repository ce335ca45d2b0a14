// Participes passifs de parole dont l'agent après « par » est la source : « est accusé de fraude par
// le parquet », « a été qualifié d'inacceptable par le maire ».
// Rejetés : 'interrogé' (aussi un interrogatoire), 'appelé' (une convocation).
export default `décrit décrite décrits décrites cité citée cités citées dénoncé dénoncée dénoncés dénoncées
critiqué critiquée critiqués critiquées accusé accusée accusés accusées salué saluée salués saluées
qualifié qualifiée qualifiés qualifiées jugé jugée jugés jugées démenti démentie démentis démenties
annoncé annoncée annoncés annoncées confirmé confirmée confirmés confirmées rapporté rapportée rapportés
rapportées contesté contestée contestés contestées fustigé fustigée fustigés fustigées`.split(/\s+/);
