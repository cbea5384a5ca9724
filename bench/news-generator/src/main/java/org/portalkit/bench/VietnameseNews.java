package org.portalkit.bench;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Composes realistic Vietnamese news of a provincial labour department (Kon Tum) from word lists: title, section,
 * lead, body, byline, one or two of the six demo categories and a publication date spread over ten years. The same
 * seed gives the same corpus.
 */
final class VietnameseNews {

    /** One generated article. */
    record Article(String title, String section, String lead, String body, String byline, List<String> categories,
        long date) {
    }

    /** The six categories of module-news' demo (paths below {@code .categories/}). */
    static final List<String> CATEGORIES = List.of("bao-tro-xa-hoi", "giao-duc-nghe-nghiep", "lao-dong-viec-lam",
        "nguoi-co-cong", "tin-hoat-dong", "tre-em-binh-dang-gioi");

    private static final String[] SECTIONS = {"Phòng Bảo trợ xã hội", "Phòng Giáo dục nghề nghiệp",
        "Phòng Lao động - Việc làm", "Phòng Người có công", "Văn phòng Sở", "Phòng Trẻ em - Bình đẳng giới"};

    /** Subjects per category (same order as {@link #CATEGORIES}). */
    private static final String[][] SUBJECTS = {
        {"chi trả trợ cấp xã hội hằng tháng", "chăm sóc người cao tuổi cô đơn", "hỗ trợ hộ nghèo đón Tết",
            "giảm nghèo bền vững", "trợ giúp người khuyết tật", "cứu trợ đột xuất sau mưa lũ"},
        {"tuyển sinh đào tạo nghề trình độ trung cấp", "đào tạo nghề cho lao động nông thôn",
            "hội thi giáo viên dạy giỏi giáo dục nghề nghiệp", "kiểm định chất lượng cơ sở giáo dục nghề nghiệp",
            "đào tạo nghề cho thanh niên dân tộc thiểu số", "liên kết đào tạo với doanh nghiệp"},
        {"giao dịch việc làm trực tuyến", "đưa người lao động đi làm việc ở nước ngoài", "bảo hiểm thất nghiệp",
            "an toàn, vệ sinh lao động", "thương lượng tập thể tại doanh nghiệp", "tư vấn việc làm cho thanh niên"},
        {"giải quyết chế độ cho người có công", "tu bổ nghĩa trang liệt sĩ", "tặng quà gia đình chính sách",
            "xác nhận thương binh, bệnh binh", "chăm sóc Mẹ Việt Nam Anh hùng", "điều dưỡng người có công"},
        {"cải cách hành chính", "chuyển đổi số", "thi đua khen thưởng", "tiếp công dân định kỳ",
            "phòng, chống tham nhũng", "công tác văn thư, lưu trữ"},
        {"phòng, chống xâm hại trẻ em", "bình đẳng giới trong gia đình", "tháng hành động vì trẻ em",
            "trao học bổng cho học sinh nghèo", "phòng, chống đuối nước trẻ em", "hỗ trợ trẻ em có hoàn cảnh đặc biệt"}};

    private static final String[] ACTIONS = {"Hội nghị triển khai", "Tập huấn", "Kiểm tra", "Đôn đốc",
        "Sơ kết công tác", "Tổng kết công tác", "Đối thoại về", "Đẩy mạnh", "Ra quân", "Khảo sát",
        "Phát động", "Giám sát", "Tuyên truyền", "Ăn mừng thành công", "Ứng dụng công nghệ trong", "Ban hành kế hoạch",
        "Ưu tiên nguồn lực cho", "Yêu cầu tăng cường"};

    private static final String[] PLACES = {"thành phố Kon Tum", "huyện Đắk Hà", "huyện Đắk Tô", "huyện Ngọc Hồi",
        "huyện Đắk Glei", "huyện Sa Thầy", "huyện Kon Plông", "huyện Kon Rẫy", "huyện Tu Mơ Rông",
        "huyện Ia H'Drai", "xã Đắk Blà", "xã Ngọk Bay", "phường Quyết Thắng", "xã Ya Chim"};

    private static final String[] PEOPLE = {"lãnh đạo Sở", "Ủy ban nhân dân tỉnh", "Ban Chỉ đạo tỉnh",
        "đoàn công tác của Sở", "các phòng chuyên môn", "Mặt trận Tổ quốc tỉnh"};

    private static final String[] CLOSINGS = {"Qua đó, nhiều khó khăn, vướng mắc đã được tháo gỡ kịp thời.",
        "Các đơn vị cam kết hoàn thành chỉ tiêu được giao trước thời hạn.",
        "Kết quả sẽ được tổng hợp, báo cáo Ủy ban nhân dân tỉnh.",
        "Người dân và doanh nghiệp đánh giá cao sự vào cuộc của chính quyền các cấp."};

    private static final String[] BYLINES = {"Văn phòng Sở", "Minh Châu", "Hoàng Anh", "Thu Hà", "Đức Thịnh",
        "Y Vân", "A Đông"};

    private static final long TEN_YEARS_MS = 3653L * 24 * 3600 * 1000;

    private final SplittableRandom m_random;
    private final long m_end;
    private final ZoneId m_zone = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * @param seed the seed of the corpus
     * @param end the newest possible date (ms); dates fall in the ten years before
     */
    VietnameseNews(long seed, long end) {
        m_random = new SplittableRandom(seed);
        m_end = end;
    }

    /** @return the next article */
    Article next() {
        int category = m_random.nextInt(CATEGORIES.size());
        String subject = pick(SUBJECTS[category]);
        String place = pick(PLACES);
        long date = m_end - 60_000L - (long)(m_random.nextDouble() * TEN_YEARS_MS);
        LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochMilli(date), m_zone);
        String action = pick(ACTIONS);
        String when = m_random.nextInt(3) == 0 ? "tháng " + local.getMonthValue() + " năm " + local.getYear()
            : "năm " + local.getYear();
        String title = action + " " + subject + " tại " + place + " " + when;
        String lead = "Ngày " + local.getDayOfMonth() + "/" + local.getMonthValue() + "/" + local.getYear() + ", "
            + pick(PEOPLE) + " đã " + lower(action) + " " + subject + " tại " + place + ".";
        String body = "<p>" + lead + "</p><p>Theo báo cáo, công tác " + subject + " trên địa bàn " + place
            + " đạt " + (60 + m_random.nextInt(40)) + "% kế hoạch năm.</p><p>" + pick(CLOSINGS) + "</p>";
        List<String> categories = m_random.nextInt(4) == 0 && category != 4
            ? List.of(CATEGORIES.get(category), "tin-hoat-dong") : List.of(CATEGORIES.get(category));
        return new Article(title, SECTIONS[category], lead, body, pick(BYLINES), categories, date);
    }

    private String pick(String[] words) {
        return words[m_random.nextInt(words.length)];
    }

    private static String lower(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
