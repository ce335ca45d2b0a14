// Introducteurs de source, les plus longs d'abord : la source les suit.
export default ["selon les informations de", "selon des informations de", "d'après", 'selon', 'cité par', 'citée par', 'cités par', 'de source'];
