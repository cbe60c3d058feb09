package vn.wtcexpo.exhibition.application;

import java.util.Optional;
import vn.wtcexpo.exhibition.model.Seller;

/** The seller on payment requests: the venue company's legal identity and the bank accounts to pay into. */
public interface SellerService {

    /** As the venue admin gave it; empty until then (the venue admin and organizers read it). */
    Optional<Seller.Details> seller();

    /** Sets it (the venue admin): every field checked, every refusal told at once; payment requests show it from now. */
    Seller.Details change(Seller.Details details);
}
