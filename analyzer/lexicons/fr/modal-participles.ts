// After a conditional auxiliary, a modal counterfactual, not a reported fact: « aurait pu »,
// « aurait dû », « aurait fallu », « aurait mieux fait », « aurait eu tort ».
export default ['pu', 'dû', 'fallu', 'voulu', 'aimé', 'souhaité', 'préféré', 'mieux', 'bien', 'tort', 'raison'];
