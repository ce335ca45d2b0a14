// Days and relative days: "said on Monday", "Smith yesterday said" are no part of a subject.
export default ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
  'yesterday', 'tonight', 'week', 'weekend', 'month', 'year'];
