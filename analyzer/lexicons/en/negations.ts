// "No group claimed", "nobody confirmed": nobody is no source.
export default ['no', 'none', 'nobody', 'neither'];
