package cn.siwei.figures;

/**
 * A rate of a capability that the monthly ranking of streets and communities shows beside the requests' own
 * (a meeting's decisions done on time, mediations settled, problems solved): a capability declares one as a bean,
 * and the ranking reads it from the capability's monthly rollups, for exactly the nodes it ranks. It is shown, not
 * weighted into the score, whose weights are the requests' rule.
 *
 * @param kind the capability's {@link FigureSource#kind()}
 * @param rate the key of one of its {@link FigureSource#rates()}
 */
public record RankedRate(String kind, String rate) {
}
