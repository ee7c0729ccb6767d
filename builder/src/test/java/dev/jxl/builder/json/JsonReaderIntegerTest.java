package dev.jxl.builder.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Short integers are read through a long, longer ones as digits: either way the value is the text's. */
class JsonReaderIntegerTest {

    @Test
    void integersAroundTheLongPathReadAsTheirDigitsSay() throws Exception {
        List<String> numbers = List.of("0", "-0", "7", "-7", "999999999999999999", "-999999999999999999",
                "1000000000000000000", "9999999999999999999", "-9999999999999999999", "9223372036854775807",
                "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "18446744073709551615",
                "123456789012345678901234567890");
        Object read = JsonTree.parse("[" + String.join(", ", numbers) + "]").root();
        List<BigInteger> expected = new ArrayList<>();
        for (String n : numbers) {
            expected.add(new BigInteger(n));
        }
        assertEquals(expected, read);
    }
}
