package cn.siwei.problem;

import cn.siwei.problem.ProblemTerms.Kind;
import cn.siwei.problem.ProblemTerms.Source;

/**
 * What recording a problem takes.
 *
 * @param regionId where it was found
 * @param kind what it is about
 * @param source how it was found
 * @param title a short title
 * @param description what was found
 * @param foundBy who found it
 */
public record ProblemForm(Long regionId, Kind kind, Source source, String title, String description, String foundBy) {
}
