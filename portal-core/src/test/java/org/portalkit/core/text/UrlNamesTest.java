package org.portalkit.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Hội nghị Sơ kết công tác 6 tháng đầu năm 2020                        | hoi-nghi-so-ket-cong-tac-6-thang-dau-nam-2020
        Thông báo số 12/TB-SLĐTBXH                                           | thong-bao-so-12-tb-sldtbxh
        Ủy ban nhân dân tỉnh Quảng Ngãi                                      | uy-ban-nhan-dan-tinh-quang-ngai
        Trường Đại học Sư phạm – Đại học Đà Nẵng                             | truong-dai-hoc-su-pham-dai-hoc-da-nang
        Công văn số 345/SGDĐT-VP về việc “Tổ chức kỳ thi”                    | cong-van-so-345-sgddt-vp-ve-viec-to-chuc-ky-thi
        ĐẠI HỘI ĐẢNG BỘ LẦN THỨ XV, NHIỆM KỲ 2020 - 2025                     | dai-hoi-dang-bo-lan-thu-xv-nhiem-ky-2020-2025
        Người lao động được hưởng lương ngừng việc                           | nguoi-lao-dong-duoc-huong-luong-ngung-viec
        Tăng cường phòng, chống dịch bệnh Covid-19                           | tang-cuong-phong-chong-dich-benh-covid-19
        Ma, mà, má, mả, mã, mạ                                               | ma-ma-ma-ma-ma-ma
        Ơn nghĩa sinh thành – Ước mơ của em                                  | on-nghia-sinh-thanh-uoc-mo-cua-em
        Kế hoạch số 01/KH-UBND ngày 05/01/2021                               | ke-hoach-so-01-kh-ubnd-ngay-05-01-2021
        Ăn Tết an toàn, tiết kiệm                                            | an-tet-an-toan-tiet-kiem
        Quyết định 1234/QĐ-BYT: Hướng dẫn "5K"                               | quyet-dinh-1234-qd-byt-huong-dan-5k
        Hỗ trợ người dân gặp khó khăn do đại dịch                            | ho-tro-nguoi-dan-gap-kho-khan-do-dai-dich
        Giới thiệu 'Cổng thông tin điện tử' mới                              | gioi-thieu-cong-thong-tin-dien-tu-moi
        Bảo hiểm xã hội Việt Nam: Thủ tục hưởng chế độ thai sản & ốm đau     | bao-hiem-xa-hoi-viet-nam-thu-tuc-huong-che-do-thai-san-om-dau
        Nâng cao chất lượng giáo dục ở vùng sâu, vùng xa                     | nang-cao-chat-luong-giao-duc-o-vung-sau-vung-xa
        Ấn tượng Festival Huế 2022!!!                                        | an-tuong-festival-hue-2022
        “Sức khỏe là vàng” – Ngày hội thể thao toàn dân…                     | suc-khoe-la-vang-ngay-hoi-the-thao-toan-dan
        TRƯỜNG THCS NGUYỄN TRÃI – KIỂM TRA KÊ KHAI TÀI SẢN                   | truong-thcs-nguyen-trai-kiem-tra-ke-khai-tai-san
        Lễ kỷ niệm 90 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2021) | le-ky-niem-90-nam-ngay-thanh-lap-doan-tncs-ho-chi-minh-26-3-1931-26-3-2021
        Straße über Ærø, Łódź                                                | strasse-uber-aero-lodz
        """)
    void slugifiesTitles(String title, String expected) {
        assertEquals(expected, UrlNames.slugify(title));
    }

    @Test
    void longTitleIsCutAtAWordBoundaryWithinTheLimit() {
        String title = "Hướng dẫn thực hiện chế độ, chính sách đối với cán bộ, công chức, viên chức và người lao động"
            + " trong các cơ quan hành chính nhà nước";
        String slug = UrlNames.slugify(title);
        assertEquals("huong-dan-thuc-hien-che-do-chinh-sach-doi-voi-can-bo-cong-chuc-vien-chuc-va", slug);
        assertTrue(slug.length() <= UrlNames.MAX_LENGTH);
    }

    @Test
    void cutExactlyAtTheLimitWhenADashFollows() {
        String eightyChars = "a".repeat(39) + " " + "b".repeat(40);
        assertEquals(80, UrlNames.slugify(eightyChars).length());
        assertEquals("a".repeat(39) + "-" + "b".repeat(40), UrlNames.slugify(eightyChars + " c"));
    }

    @Test
    void singleOverlongWordIsCutHard() {
        assertEquals("x".repeat(80), UrlNames.slugify("x".repeat(120)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "!!!", "–", "“”", "…", "中文标题", "---"})
    void titlesWithoutLettersOrDigitsBecomeItem(String title) {
        assertEquals(UrlNames.FALLBACK, UrlNames.slugify(title));
    }

    @Test
    void resultOnlyHasAsciiLettersDigitsAndSingleDashes() {
        String slug = UrlNames.slugify("  --Ðiều  ư ơ ă â ê ô đ -- à á ả ã ạ //\"' ");
        assertTrue(slug.matches("[a-z0-9]+(-[a-z0-9]+)*"), slug);
        assertEquals("dieu-u-o-a-a-e-o-d-a-a-a-a-a", slug);
    }

    @Test
    void uniqueReturnsTheSlugWhenFree() {
        assertEquals("tin-tuc", UrlNames.unique("tin-tuc", name -> false));
    }

    @Test
    void uniqueNumbersFromTwo() {
        Set<String> taken = new HashSet<>(Set.of("tin-tuc", "tin-tuc-2", "tin-tuc-3"));
        assertEquals("tin-tuc-4", UrlNames.unique("tin-tuc", taken::contains));
        taken.remove("tin-tuc-2");
        assertEquals("tin-tuc-2", UrlNames.unique("tin-tuc", taken::contains));
    }

    @Test
    void uniqueStaysWithinTheLimit() {
        String slug = UrlNames.slugify("Hướng dẫn thực hiện chế độ, chính sách đối với cán bộ, công chức, viên chức"
            + " và người lao động");
        assertEquals(75, slug.length());
        assertEquals(slug + "-2", UrlNames.unique(slug, slug::equals)); // 78 characters: fits as is
        String longSlug = "a".repeat(40) + "-" + "b".repeat(39);
        assertEquals(80, longSlug.length());
        String unique = UrlNames.unique(longSlug, longSlug::equals);
        assertEquals("a".repeat(40) + "-2", unique);
        String hard = UrlNames.unique("x".repeat(80), "x".repeat(80)::equals);
        assertEquals("x".repeat(78) + "-2", hard);
    }

    @Test
    void uniqueGivesUpAfterManyAttempts() {
        assertThrows(IllegalStateException.class, () -> UrlNames.unique("a", name -> true));
        assertThrows(IllegalArgumentException.class, () -> UrlNames.unique("", name -> false));
    }
}
