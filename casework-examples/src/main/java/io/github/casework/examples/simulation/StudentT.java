package io.github.casework.examples.simulation;

/**
 * The 0.975 quantile of Student's t distribution, for 95% confidence intervals. Degrees of freedom 1 to 30 come
 * from the standard table (for example Abramowitz and Stegun, Handbook of Mathematical Functions, 1964, table
 * 26.10); above 30 the Cornish–Fisher expansion of the t quantile around the normal quantile (Abramowitz and
 * Stegun 26.7.5) is accurate to better than 10<sup>−4</sup>.
 */
final class StudentT {
  private static final double[] TABLE = {
    Double.NaN, 12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912, 2.364624, 2.306004, 2.262157,
    2.228139, 2.200985, 2.178813, 2.160369, 2.144787, 2.131450, 2.119905, 2.109816, 2.100922, 2.093024,
    2.085963, 2.079614, 2.073873, 2.068658, 2.063899, 2.059539, 2.055529, 2.051831, 2.048407, 2.045230,
    2.042272,
  };
  private static final double Z = 1.959963984540054;

  private StudentT() {}

  static double quantile975(int degreesOfFreedom) {
    if (degreesOfFreedom < 1) {
      throw new IllegalArgumentException("degrees of freedom must be at least 1");
    }
    if (degreesOfFreedom < TABLE.length) {
      return TABLE[degreesOfFreedom];
    }
    double v = degreesOfFreedom;
    double z2 = Z * Z;
    double g1 = (z2 + 1) * Z / 4;
    double g2 = ((5 * z2 + 16) * z2 + 3) * Z / 96;
    double g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * Z / 384;
    double g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * Z / 92160;
    return Z + g1 / v + g2 / (v * v) + g3 / (v * v * v) + g4 / (v * v * v * v);
  }
}
