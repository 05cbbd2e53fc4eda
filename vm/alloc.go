package vm

// mapEntryBytes is the allocation charged for a new map entry.
const mapEntryBytes = 48
