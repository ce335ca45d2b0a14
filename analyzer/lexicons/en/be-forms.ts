// Forms of "be": a passive auxiliary ("was told"), or a progressive one before an -ing form ("is warning").
export default ['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"];
