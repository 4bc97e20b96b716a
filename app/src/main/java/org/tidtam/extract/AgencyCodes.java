package org.tidtam.extract;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The letter codes that open a letter's number (ที่ มท ๐๓๒๒/ว …): ministries and bodies of ministerial rank,
 * and every province (76 and Bangkok, กท), after the Regulation on Saraban's table. The number can then
 * confirm or supply who sent a letter.
 */
public final class AgencyCodes {
    private static final Map<String, String> MINISTRIES = Map.ofEntries(
            Map.entry("นร", "สำนักนายกรัฐมนตรี"), Map.entry("กห", "กระทรวงกลาโหม"),
            Map.entry("กค", "กระทรวงการคลัง"), Map.entry("กต", "กระทรวงการต่างประเทศ"),
            Map.entry("กก", "กระทรวงการท่องเที่ยวและกีฬา"),
            Map.entry("พม", "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"),
            Map.entry("อว", "กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม"),
            Map.entry("กษ", "กระทรวงเกษตรและสหกรณ์"), Map.entry("คค", "กระทรวงคมนาคม"),
            Map.entry("ทส", "กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม"),
            Map.entry("ดศ", "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"), Map.entry("พน", "กระทรวงพลังงาน"),
            Map.entry("พณ", "กระทรวงพาณิชย์"), Map.entry("มท", "กระทรวงมหาดไทย"),
            Map.entry("ยธ", "กระทรวงยุติธรรม"), Map.entry("รง", "กระทรวงแรงงาน"),
            Map.entry("วธ", "กระทรวงวัฒนธรรม"), Map.entry("ศธ", "กระทรวงศึกษาธิการ"),
            Map.entry("สธ", "กระทรวงสาธารณสุข"), Map.entry("อก", "กระทรวงอุตสาหกรรม"),
            Map.entry("ตช", "สำนักงานตำรวจแห่งชาติ"));

    private static final Map<String, String> PROVINCES = Map.ofEntries(
            Map.entry("กท", "กรุงเทพมหานคร"), Map.entry("กบ", "กระบี่"), Map.entry("กจ", "กาญจนบุรี"),
            Map.entry("กส", "กาฬสินธุ์"), Map.entry("กพ", "กำแพงเพชร"), Map.entry("ขก", "ขอนแก่น"),
            Map.entry("จบ", "จันทบุรี"), Map.entry("ฉช", "ฉะเชิงเทรา"), Map.entry("ชบ", "ชลบุรี"),
            Map.entry("ชน", "ชัยนาท"), Map.entry("ชย", "ชัยภูมิ"), Map.entry("ชพ", "ชุมพร"),
            Map.entry("ชร", "เชียงราย"), Map.entry("ชม", "เชียงใหม่"), Map.entry("ตง", "ตรัง"),
            Map.entry("ตร", "ตราด"), Map.entry("ตก", "ตาก"), Map.entry("นย", "นครนายก"),
            Map.entry("นฐ", "นครปฐม"), Map.entry("นพ", "นครพนม"), Map.entry("นม", "นครราชสีมา"),
            Map.entry("นศ", "นครศรีธรรมราช"), Map.entry("นว", "นครสวรรค์"), Map.entry("นบ", "นนทบุรี"),
            Map.entry("นธ", "นราธิวาส"), Map.entry("นน", "น่าน"), Map.entry("บก", "บึงกาฬ"),
            Map.entry("บร", "บุรีรัมย์"), Map.entry("ปท", "ปทุมธานี"), Map.entry("ปข", "ประจวบคีรีขันธ์"),
            Map.entry("ปจ", "ปราจีนบุรี"), Map.entry("ปน", "ปัตตานี"), Map.entry("อย", "พระนครศรีอยุธยา"),
            Map.entry("พย", "พะเยา"), Map.entry("พง", "พังงา"), Map.entry("พท", "พัทลุง"),
            Map.entry("พจ", "พิจิตร"), Map.entry("พล", "พิษณุโลก"), Map.entry("พบ", "เพชรบุรี"),
            Map.entry("พช", "เพชรบูรณ์"), Map.entry("พร", "แพร่"), Map.entry("ภก", "ภูเก็ต"),
            Map.entry("มค", "มหาสารคาม"), Map.entry("มห", "มุกดาหาร"), Map.entry("มส", "แม่ฮ่องสอน"),
            Map.entry("ยส", "ยโสธร"), Map.entry("ยล", "ยะลา"), Map.entry("รอ", "ร้อยเอ็ด"),
            Map.entry("รน", "ระนอง"), Map.entry("รย", "ระยอง"), Map.entry("รบ", "ราชบุรี"),
            Map.entry("ลบ", "ลพบุรี"), Map.entry("ลป", "ลำปาง"), Map.entry("ลพ", "ลำพูน"),
            Map.entry("ลย", "เลย"), Map.entry("ศก", "ศรีสะเกษ"), Map.entry("สน", "สกลนคร"),
            Map.entry("สข", "สงขลา"), Map.entry("สต", "สตูล"), Map.entry("สป", "สมุทรปราการ"),
            Map.entry("สส", "สมุทรสงคราม"), Map.entry("สค", "สมุทรสาคร"), Map.entry("สก", "สระแก้ว"),
            Map.entry("สบ", "สระบุรี"), Map.entry("สห", "สิงห์บุรี"), Map.entry("สท", "สุโขทัย"),
            Map.entry("สพ", "สุพรรณบุรี"), Map.entry("สฎ", "สุราษฎร์ธานี"), Map.entry("สร", "สุรินทร์"),
            Map.entry("นค", "หนองคาย"), Map.entry("นภ", "หนองบัวลำภู"), Map.entry("อท", "อ่างทอง"),
            Map.entry("อจ", "อำนาจเจริญ"), Map.entry("อด", "อุดรธานี"), Map.entry("อต", "อุตรดิตถ์"),
            Map.entry("อน", "อุทัยธานี"), Map.entry("อบ", "อุบลราชธานี"));

    private static final Pattern CODE = Pattern.compile("^\\s*(?:ที่\\s*)?([ก-ฮ])\\.?\\s?([ก-ฮ])(?![ก-ฮ])");

    private AgencyCodes() { }

    /** The two-letter code at the start of a letter number ("ขก(บค)๐๐๑๗.๕/ว …" → ขก), or null. */
    public static String codeOf(String number) {
        if (number == null) {
            return null;
        }
        Matcher m = CODE.matcher(number);
        return m.lookingAt() ? m.group(1) + m.group(2) : null;
    }

    /** The province named by a code (ขก → ขอนแก่น), or null. */
    public static String province(String code) { return code == null ? null : PROVINCES.get(code); }

    /** The ministry named by a code (มท → กระทรวงมหาดไทย), or null. */
    public static String ministry(String code) { return code == null ? null : MINISTRIES.get(code); }

    /** The agency a clerk would write for a code: จังหวัดขอนแก่น, กรุงเทพมหานคร, กระทรวงมหาดไทย, or null. */
    public static String agency(String code) {
        String p = province(code);
        if (p != null) {
            return "กท".equals(code) ? p : "จังหวัด" + p;
        }
        return ministry(code);
    }

    public static int provinceCount() { return PROVINCES.size(); }

    public static int ministryCount() { return MINISTRIES.size(); }
}
