package vn.motcua.dossier;

/**
 * How the applicant chose to receive the result (hình thức nhận kết quả): at the one-stop desk, by
 * post (dịch vụ bưu chính công ích, to the applicant's address), or online (in the citizen's
 * account).
 */
public enum ResultDelivery {

	/** at the one-stop desk where the dossier was filed */
	DESK,
	/** by post to the applicant's address */
	POST,
	/** online, in the citizen's account */
	ONLINE

}
