package vn.laichau.par.domain.model.plan;

/** Why a figure cannot be an indicator's actual value, said in Vietnamese and in English. */
public record IndicatorValueProblem(String messageVi, String messageEn) {
}
