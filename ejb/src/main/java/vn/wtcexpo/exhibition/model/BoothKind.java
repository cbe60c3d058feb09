package vn.wtcexpo.exhibition.model;

/**
 * How many sides of a booth are open to aisles: inline (one), corner (two), peninsula (three), island
 * (four). A blocked area is not for sale: a stage, an aisle kept clear, a fire exit's approach.
 */
public enum BoothKind { INLINE, CORNER, PENINSULA, ISLAND, BLOCKED }
