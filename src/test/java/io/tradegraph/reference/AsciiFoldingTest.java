package io.tradegraph.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AsciiFoldingTest {

    @ParameterizedTest
    @CsvSource({ "Bình Dương,binh duong", "Đắk Lắk,dak lak", "ĐỒNG THÁP,dong thap", "Bà Rịa–Vũng Tàu,ba ria–vung tau",
            "Binh Duong,binh duong" })
    void vietnameseNamesLoseTheirDiacritics(String name, String folded) {
        assertEquals(folded, AsciiFolding.fold(name));
    }
}
