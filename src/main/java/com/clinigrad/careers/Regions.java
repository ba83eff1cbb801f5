package com.clinigrad.careers;

import java.util.Map;

/**
 * The regions a graduate's destination is recorded in (就业地区): a province-level name as
 * written in Chinese (北京, 广东, 新疆 …) or 境外 for abroad. The records keep what was written;
 * an English page shows the region's English name.
 */
public final class Regions {

	/** The region recorded for a destination outside mainland China. */
	public static final String ABROAD = "境外";

	private static final Map<String, String> ENGLISH = Map.ofEntries(Map.entry("北京", "Beijing"),
			Map.entry("天津", "Tianjin"), Map.entry("河北", "Hebei"), Map.entry("山西", "Shanxi"),
			Map.entry("内蒙古", "Inner Mongolia"), Map.entry("辽宁", "Liaoning"), Map.entry("吉林", "Jilin"),
			Map.entry("黑龙江", "Heilongjiang"), Map.entry("上海", "Shanghai"), Map.entry("江苏", "Jiangsu"),
			Map.entry("浙江", "Zhejiang"), Map.entry("安徽", "Anhui"), Map.entry("福建", "Fujian"),
			Map.entry("江西", "Jiangxi"), Map.entry("山东", "Shandong"), Map.entry("河南", "Henan"), Map.entry("湖北", "Hubei"),
			Map.entry("湖南", "Hunan"), Map.entry("广东", "Guangdong"), Map.entry("广西", "Guangxi"),
			Map.entry("海南", "Hainan"), Map.entry("重庆", "Chongqing"), Map.entry("四川", "Sichuan"),
			Map.entry("贵州", "Guizhou"), Map.entry("云南", "Yunnan"), Map.entry("西藏", "Tibet"), Map.entry("陕西", "Shaanxi"),
			Map.entry("甘肃", "Gansu"), Map.entry("青海", "Qinghai"), Map.entry("宁夏", "Ningxia"),
			Map.entry("新疆", "Xinjiang"), Map.entry("香港", "Hong Kong"), Map.entry("澳门", "Macao"),
			Map.entry("台湾", "Taiwan"), Map.entry(ABROAD, "Abroad"));

	private static final String[] SUFFIXES = { "维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市" };

	private Regions() {
	}

	/**
	 * @param region the region as recorded
	 * @param english whether the page is in English
	 * @return the region in the page's language: as recorded on a Chinese page (and on an
	 * English page when it is not a province-level name), its English name otherwise
	 */
	public static String displayName(String region, boolean english) {
		if (region == null || !english) {
			return region;
		}
		String name = region.strip();
		for (String suffix : SUFFIXES) {
			if (name.length() > suffix.length() && name.endsWith(suffix)) {
				name = name.substring(0, name.length() - suffix.length());
				break;
			}
		}
		return ENGLISH.getOrDefault(name, region);
	}

}
