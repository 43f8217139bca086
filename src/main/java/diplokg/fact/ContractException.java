package diplokg.fact;

import diplokg.DiplokgException;

/** A document or value that does not follow the extraction contract; the message names the file and the problem. */
public class ContractException extends DiplokgException {

    public ContractException(String message) {
        super(message);
    }

    public ContractException(String message, Throwable cause) {
        super(message, cause);
    }
}
