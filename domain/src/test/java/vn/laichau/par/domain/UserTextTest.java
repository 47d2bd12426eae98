package vn.laichau.par.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UserTextTest {

    @Test
    void everyControlAndZeroWidthCharacterIsRefusedWithTheFieldNamedInBothLanguages() {
        int[] hidden = {0x00, 0x07, 0x0A, 0x0D, 0x1B, 0x1F, 0x7F, 0x85, 0x9F, 0x200C, 0x200D};
        for (int c : hidden) {
            String name = "Nguyễn" + Character.toString(c) + "Văn A";
            assertThatThrownBy(() -> UserText.line("displayName", "Họ tên", name)).as("U+%04X", c)
                    .isInstanceOfSatisfying(Refusal.class, r -> {
                        assertThat(r.reason()).isEqualTo(Refusal.Reason.INVALID);
                        assertThat(r.code()).isEqualTo("invalid-characters");
                        assertThat(r.detailVi()).startsWith("Họ tên ");
                        assertThat(r.detailEn()).startsWith("The displayName ");
                        assertThat(r.violations()).singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("displayName");
                            assertThat(v.messageVi()).contains(String.format("U+%04X", c));
                            assertThat(v.messageEn()).contains(String.format("U+%04X", c));
                        });
                    });
        }
    }

    @Test
    void aTextOfSeveralLinesKeepsItsLineBreaksAndNothingElseHidden() {
        assertThat(UserText.lines("note", "Ghi chú", " Dòng 1\r\nDòng 2\n")).isEqualTo("Dòng 1\nDòng 2");
        assertThat(UserText.violation("note", "Dòng 1\nDòng 2", true)).isEmpty();
        assertThat(UserText.violation("note", "Dòng 1\rDòng 2", true)).hasValueSatisfying(v ->
                assertThat(v.messageEn()).isEqualTo("contains a control or invisible character (U+000D)"));
        assertThat(UserText.lines("note", "Ghi chú", "Cột 1\tCột 2")).isEqualTo("Cột 1 Cột 2");
        assertThat(UserText.violation("note", "Cả nhà đồng ý 👨\u200D👩\u200D👧", true)).isEmpty();
        assertThat(UserText.violation("note", "Đã\u200Cxong", true)).isPresent();
        assertThat(UserText.violation("name", "Dòng 1\nDòng 2", false)).hasValueSatisfying(v ->
                assertThat(v.messageVi()).isEqualTo("phải viết trên một dòng (U+000A)"));
    }

    @Test
    void theInvisibleCharactersOfPastedTextAreDroppedAndATabIsASpace() {
        assertThat(UserText.line("displayName", "Họ tên", "\uFEFFNguyễn\u200B Văn\tA\u2060"))
                .isEqualTo("Nguyễn Văn A");
        assertThat(UserText.lines("note", "Ghi chú", "Đã gửi\u200B báo cáo\r\n\tquý II\uFEFF"))
                .isEqualTo("Đã gửi báo cáo\n quý II");
        assertThat(UserText.cleaned("\u200B\u200B", false)).isEmpty();
    }

    @Test
    void ordinaryVietnameseTextIsKeptInNfcWithoutSurroundingSpaces() {
        String decomposed = "Nguye\u0302\u0303n Va\u0306n A";
        assertThat(UserText.line("displayName", "Họ tên", "  " + decomposed + " ")).isEqualTo("Nguyễn Văn A");
        assertThat(UserText.line("name", "Tên", "Sở Tư pháp — UBND tỉnh (Lai Châu) № 1 ‘ok’ 😀")).isNotNull();
        assertThat(UserText.line("name", "Tên", null)).isNull();
    }
}
