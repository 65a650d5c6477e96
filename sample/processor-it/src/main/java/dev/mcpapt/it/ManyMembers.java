package dev.mcpapt.it;

import dev.mcpapt.annotations.Complete;
import dev.mcpapt.annotations.Prompt;
import dev.mcpapt.annotations.Resource;
import dev.mcpapt.annotations.ResourceTemplate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A class with more resources, resource templates, prompts and completions than one generated
 * switch holds (the processor splits a switch past 24 cases), some answering later, so that every
 * read, prompt and completion is checked to reach its own method. Each answers with its own number.
 */
public class ManyMembers {

  /** Resource 0. */
  @Resource(uri = "many://resource/0", mimeType = "text/plain")
  public String resource0() {
    return "resource 0";
  }

  /** Resource 1. */
  @Resource(uri = "many://resource/1", mimeType = "text/plain")
  public String resource1() {
    return "resource 1";
  }

  /** Resource 2. */
  @Resource(uri = "many://resource/2", mimeType = "text/plain")
  public String resource2() {
    return "resource 2";
  }

  /** Resource 3. */
  @Resource(uri = "many://resource/3", mimeType = "text/plain")
  public String resource3() {
    return "resource 3";
  }

  /** Resource 4. */
  @Resource(uri = "many://resource/4", mimeType = "text/plain")
  public String resource4() {
    return "resource 4";
  }

  /** Resource 5. */
  @Resource(uri = "many://resource/5", mimeType = "text/plain")
  public String resource5() {
    return "resource 5";
  }

  /** Resource 6. */
  @Resource(uri = "many://resource/6", mimeType = "text/plain")
  public String resource6() {
    return "resource 6";
  }

  /** Resource 7, which answers later. */
  @Resource(uri = "many://resource/7", mimeType = "text/plain")
  public CompletionStage<String> resource7() {
    return CompletableFuture.completedFuture("resource 7");
  }

  /** Resource 8. */
  @Resource(uri = "many://resource/8", mimeType = "text/plain")
  public String resource8() {
    return "resource 8";
  }

  /** Resource 9. */
  @Resource(uri = "many://resource/9", mimeType = "text/plain")
  public String resource9() {
    return "resource 9";
  }

  /** Resource 10. */
  @Resource(uri = "many://resource/10", mimeType = "text/plain")
  public String resource10() {
    return "resource 10";
  }

  /** Resource 11. */
  @Resource(uri = "many://resource/11", mimeType = "text/plain")
  public String resource11() {
    return "resource 11";
  }

  /** Resource 12. */
  @Resource(uri = "many://resource/12", mimeType = "text/plain")
  public String resource12() {
    return "resource 12";
  }

  /** Resource 13. */
  @Resource(uri = "many://resource/13", mimeType = "text/plain")
  public String resource13() {
    return "resource 13";
  }

  /** Resource 14. */
  @Resource(uri = "many://resource/14", mimeType = "text/plain")
  public String resource14() {
    return "resource 14";
  }

  /** Resource 15. */
  @Resource(uri = "many://resource/15", mimeType = "text/plain")
  public String resource15() {
    return "resource 15";
  }

  /** Resource 16. */
  @Resource(uri = "many://resource/16", mimeType = "text/plain")
  public String resource16() {
    return "resource 16";
  }

  /** Resource 17, which answers later. */
  @Resource(uri = "many://resource/17", mimeType = "text/plain")
  public CompletionStage<String> resource17() {
    return CompletableFuture.completedFuture("resource 17");
  }

  /** Resource 18. */
  @Resource(uri = "many://resource/18", mimeType = "text/plain")
  public String resource18() {
    return "resource 18";
  }

  /** Resource 19. */
  @Resource(uri = "many://resource/19", mimeType = "text/plain")
  public String resource19() {
    return "resource 19";
  }

  /** Resource 20. */
  @Resource(uri = "many://resource/20", mimeType = "text/plain")
  public String resource20() {
    return "resource 20";
  }

  /** Resource 21. */
  @Resource(uri = "many://resource/21", mimeType = "text/plain")
  public String resource21() {
    return "resource 21";
  }

  /** Resource 22. */
  @Resource(uri = "many://resource/22", mimeType = "text/plain")
  public String resource22() {
    return "resource 22";
  }

  /** Resource 23. */
  @Resource(uri = "many://resource/23", mimeType = "text/plain")
  public String resource23() {
    return "resource 23";
  }

  /** Resource 24. */
  @Resource(uri = "many://resource/24", mimeType = "text/plain")
  public String resource24() {
    return "resource 24";
  }

  /** Resource 25. */
  @Resource(uri = "many://resource/25", mimeType = "text/plain")
  public String resource25() {
    return "resource 25";
  }

  /** Resource 26. */
  @Resource(uri = "many://resource/26", mimeType = "text/plain")
  public String resource26() {
    return "resource 26";
  }

  /** Resource 27, which answers later. */
  @Resource(uri = "many://resource/27", mimeType = "text/plain")
  public CompletionStage<String> resource27() {
    return CompletableFuture.completedFuture("resource 27");
  }

  /** Resource 28. */
  @Resource(uri = "many://resource/28", mimeType = "text/plain")
  public String resource28() {
    return "resource 28";
  }

  /** Resource 29. */
  @Resource(uri = "many://resource/29", mimeType = "text/plain")
  public String resource29() {
    return "resource 29";
  }

  /** Template 0. */
  @ResourceTemplate(uriTemplate = "many://template/0/{x}", mimeType = "text/plain")
  public String template0(String x) {
    return "template 0 " + x;
  }

  /** Template 1. */
  @ResourceTemplate(uriTemplate = "many://template/1/{x}", mimeType = "text/plain")
  public String template1(String x) {
    return "template 1 " + x;
  }

  /** Template 2. */
  @ResourceTemplate(uriTemplate = "many://template/2/{x}", mimeType = "text/plain")
  public String template2(String x) {
    return "template 2 " + x;
  }

  /** Template 3. */
  @ResourceTemplate(uriTemplate = "many://template/3/{x}", mimeType = "text/plain")
  public String template3(String x) {
    return "template 3 " + x;
  }

  /** Template 4. */
  @ResourceTemplate(uriTemplate = "many://template/4/{x}", mimeType = "text/plain")
  public String template4(String x) {
    return "template 4 " + x;
  }

  /** Template 5. */
  @ResourceTemplate(uriTemplate = "many://template/5/{x}", mimeType = "text/plain")
  public String template5(String x) {
    return "template 5 " + x;
  }

  /** Template 6. */
  @ResourceTemplate(uriTemplate = "many://template/6/{x}", mimeType = "text/plain")
  public String template6(String x) {
    return "template 6 " + x;
  }

  /** Template 7, which answers later. */
  @ResourceTemplate(uriTemplate = "many://template/7/{x}", mimeType = "text/plain")
  public CompletionStage<String> template7(String x) {
    return CompletableFuture.completedFuture("template 7 " + x);
  }

  /** Template 8. */
  @ResourceTemplate(uriTemplate = "many://template/8/{x}", mimeType = "text/plain")
  public String template8(String x) {
    return "template 8 " + x;
  }

  /** Template 9. */
  @ResourceTemplate(uriTemplate = "many://template/9/{x}", mimeType = "text/plain")
  public String template9(String x) {
    return "template 9 " + x;
  }

  /** Template 10. */
  @ResourceTemplate(uriTemplate = "many://template/10/{x}", mimeType = "text/plain")
  public String template10(String x) {
    return "template 10 " + x;
  }

  /** Template 11. */
  @ResourceTemplate(uriTemplate = "many://template/11/{x}", mimeType = "text/plain")
  public String template11(String x) {
    return "template 11 " + x;
  }

  /** Template 12. */
  @ResourceTemplate(uriTemplate = "many://template/12/{x}", mimeType = "text/plain")
  public String template12(String x) {
    return "template 12 " + x;
  }

  /** Template 13. */
  @ResourceTemplate(uriTemplate = "many://template/13/{x}", mimeType = "text/plain")
  public String template13(String x) {
    return "template 13 " + x;
  }

  /** Template 14. */
  @ResourceTemplate(uriTemplate = "many://template/14/{x}", mimeType = "text/plain")
  public String template14(String x) {
    return "template 14 " + x;
  }

  /** Template 15. */
  @ResourceTemplate(uriTemplate = "many://template/15/{x}", mimeType = "text/plain")
  public String template15(String x) {
    return "template 15 " + x;
  }

  /** Template 16. */
  @ResourceTemplate(uriTemplate = "many://template/16/{x}", mimeType = "text/plain")
  public String template16(String x) {
    return "template 16 " + x;
  }

  /** Template 17, which answers later. */
  @ResourceTemplate(uriTemplate = "many://template/17/{x}", mimeType = "text/plain")
  public CompletionStage<String> template17(String x) {
    return CompletableFuture.completedFuture("template 17 " + x);
  }

  /** Template 18. */
  @ResourceTemplate(uriTemplate = "many://template/18/{x}", mimeType = "text/plain")
  public String template18(String x) {
    return "template 18 " + x;
  }

  /** Template 19. */
  @ResourceTemplate(uriTemplate = "many://template/19/{x}", mimeType = "text/plain")
  public String template19(String x) {
    return "template 19 " + x;
  }

  /** Template 20. */
  @ResourceTemplate(uriTemplate = "many://template/20/{x}", mimeType = "text/plain")
  public String template20(String x) {
    return "template 20 " + x;
  }

  /** Template 21. */
  @ResourceTemplate(uriTemplate = "many://template/21/{x}", mimeType = "text/plain")
  public String template21(String x) {
    return "template 21 " + x;
  }

  /** Template 22. */
  @ResourceTemplate(uriTemplate = "many://template/22/{x}", mimeType = "text/plain")
  public String template22(String x) {
    return "template 22 " + x;
  }

  /** Template 23. */
  @ResourceTemplate(uriTemplate = "many://template/23/{x}", mimeType = "text/plain")
  public String template23(String x) {
    return "template 23 " + x;
  }

  /** Template 24. */
  @ResourceTemplate(uriTemplate = "many://template/24/{x}", mimeType = "text/plain")
  public String template24(String x) {
    return "template 24 " + x;
  }

  /** Template 25. */
  @ResourceTemplate(uriTemplate = "many://template/25/{x}", mimeType = "text/plain")
  public String template25(String x) {
    return "template 25 " + x;
  }

  /** Template 26. */
  @ResourceTemplate(uriTemplate = "many://template/26/{x}", mimeType = "text/plain")
  public String template26(String x) {
    return "template 26 " + x;
  }

  /** Template 27, which answers later. */
  @ResourceTemplate(uriTemplate = "many://template/27/{x}", mimeType = "text/plain")
  public CompletionStage<String> template27(String x) {
    return CompletableFuture.completedFuture("template 27 " + x);
  }

  /** Template 28. */
  @ResourceTemplate(uriTemplate = "many://template/28/{x}", mimeType = "text/plain")
  public String template28(String x) {
    return "template 28 " + x;
  }

  /** Template 29. */
  @ResourceTemplate(uriTemplate = "many://template/29/{x}", mimeType = "text/plain")
  public String template29(String x) {
    return "template 29 " + x;
  }

  /**
   * Prompt 0.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt0")
  public String prompt0(String x) {
    return "prompt 0 " + x;
  }

  /**
   * Prompt 1.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt1")
  public String prompt1(String x) {
    return "prompt 1 " + x;
  }

  /**
   * Prompt 2.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt2")
  public String prompt2(String x) {
    return "prompt 2 " + x;
  }

  /**
   * Prompt 3.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt3")
  public String prompt3(String x) {
    return "prompt 3 " + x;
  }

  /**
   * Prompt 4.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt4")
  public String prompt4(String x) {
    return "prompt 4 " + x;
  }

  /**
   * Prompt 5.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt5")
  public String prompt5(String x) {
    return "prompt 5 " + x;
  }

  /**
   * Prompt 6.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt6")
  public String prompt6(String x) {
    return "prompt 6 " + x;
  }

  /**
   * Prompt 7, which answers later.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt7")
  public CompletionStage<String> prompt7(String x) {
    return CompletableFuture.completedFuture("prompt 7 " + x);
  }

  /**
   * Prompt 8.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt8")
  public String prompt8(String x) {
    return "prompt 8 " + x;
  }

  /**
   * Prompt 9.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt9")
  public String prompt9(String x) {
    return "prompt 9 " + x;
  }

  /**
   * Prompt 10.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt10")
  public String prompt10(String x) {
    return "prompt 10 " + x;
  }

  /**
   * Prompt 11.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt11")
  public String prompt11(String x) {
    return "prompt 11 " + x;
  }

  /**
   * Prompt 12.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt12")
  public String prompt12(String x) {
    return "prompt 12 " + x;
  }

  /**
   * Prompt 13.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt13")
  public String prompt13(String x) {
    return "prompt 13 " + x;
  }

  /**
   * Prompt 14.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt14")
  public String prompt14(String x) {
    return "prompt 14 " + x;
  }

  /**
   * Prompt 15.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt15")
  public String prompt15(String x) {
    return "prompt 15 " + x;
  }

  /**
   * Prompt 16.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt16")
  public String prompt16(String x) {
    return "prompt 16 " + x;
  }

  /**
   * Prompt 17, which answers later.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt17")
  public CompletionStage<String> prompt17(String x) {
    return CompletableFuture.completedFuture("prompt 17 " + x);
  }

  /**
   * Prompt 18.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt18")
  public String prompt18(String x) {
    return "prompt 18 " + x;
  }

  /**
   * Prompt 19.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt19")
  public String prompt19(String x) {
    return "prompt 19 " + x;
  }

  /**
   * Prompt 20.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt20")
  public String prompt20(String x) {
    return "prompt 20 " + x;
  }

  /**
   * Prompt 21.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt21")
  public String prompt21(String x) {
    return "prompt 21 " + x;
  }

  /**
   * Prompt 22.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt22")
  public String prompt22(String x) {
    return "prompt 22 " + x;
  }

  /**
   * Prompt 23.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt23")
  public String prompt23(String x) {
    return "prompt 23 " + x;
  }

  /**
   * Prompt 24.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt24")
  public String prompt24(String x) {
    return "prompt 24 " + x;
  }

  /**
   * Prompt 25.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt25")
  public String prompt25(String x) {
    return "prompt 25 " + x;
  }

  /**
   * Prompt 26.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt26")
  public String prompt26(String x) {
    return "prompt 26 " + x;
  }

  /**
   * Prompt 27, which answers later.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt27")
  public CompletionStage<String> prompt27(String x) {
    return CompletableFuture.completedFuture("prompt 27 " + x);
  }

  /**
   * Prompt 28.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt28")
  public String prompt28(String x) {
    return "prompt 28 " + x;
  }

  /**
   * Prompt 29.
   *
   * @param x appended to the prompt's number
   */
  @Prompt(name = "prompt29")
  public String prompt29(String x) {
    return "prompt 29 " + x;
  }

  /** Completes the argument of prompt 0. */
  @Complete(prompt = "prompt0", argument = "x")
  public List<String> complete0(String value) {
    return List.of("complete 0 " + value);
  }

  /** Completes the argument of prompt 1. */
  @Complete(prompt = "prompt1", argument = "x")
  public List<String> complete1(String value) {
    return List.of("complete 1 " + value);
  }

  /** Completes the argument of prompt 2. */
  @Complete(prompt = "prompt2", argument = "x")
  public List<String> complete2(String value) {
    return List.of("complete 2 " + value);
  }

  /** Completes the argument of prompt 3. */
  @Complete(prompt = "prompt3", argument = "x")
  public List<String> complete3(String value) {
    return List.of("complete 3 " + value);
  }

  /** Completes the argument of prompt 4. */
  @Complete(prompt = "prompt4", argument = "x")
  public List<String> complete4(String value) {
    return List.of("complete 4 " + value);
  }

  /** Completes the argument of prompt 5. */
  @Complete(prompt = "prompt5", argument = "x")
  public List<String> complete5(String value) {
    return List.of("complete 5 " + value);
  }

  /** Completes the argument of prompt 6. */
  @Complete(prompt = "prompt6", argument = "x")
  public List<String> complete6(String value) {
    return List.of("complete 6 " + value);
  }

  /** Completes the argument of prompt 7. */
  @Complete(prompt = "prompt7", argument = "x")
  public List<String> complete7(String value) {
    return List.of("complete 7 " + value);
  }

  /** Completes the argument of prompt 8. */
  @Complete(prompt = "prompt8", argument = "x")
  public List<String> complete8(String value) {
    return List.of("complete 8 " + value);
  }

  /** Completes the argument of prompt 9. */
  @Complete(prompt = "prompt9", argument = "x")
  public List<String> complete9(String value) {
    return List.of("complete 9 " + value);
  }

  /** Completes the argument of prompt 10. */
  @Complete(prompt = "prompt10", argument = "x")
  public List<String> complete10(String value) {
    return List.of("complete 10 " + value);
  }

  /** Completes the argument of prompt 11. */
  @Complete(prompt = "prompt11", argument = "x")
  public List<String> complete11(String value) {
    return List.of("complete 11 " + value);
  }

  /** Completes the argument of prompt 12. */
  @Complete(prompt = "prompt12", argument = "x")
  public List<String> complete12(String value) {
    return List.of("complete 12 " + value);
  }

  /** Completes the argument of prompt 13. */
  @Complete(prompt = "prompt13", argument = "x")
  public List<String> complete13(String value) {
    return List.of("complete 13 " + value);
  }

  /** Completes the argument of prompt 14. */
  @Complete(prompt = "prompt14", argument = "x")
  public List<String> complete14(String value) {
    return List.of("complete 14 " + value);
  }

  /** Completes the argument of prompt 15. */
  @Complete(prompt = "prompt15", argument = "x")
  public List<String> complete15(String value) {
    return List.of("complete 15 " + value);
  }

  /** Completes the argument of prompt 16. */
  @Complete(prompt = "prompt16", argument = "x")
  public List<String> complete16(String value) {
    return List.of("complete 16 " + value);
  }

  /** Completes the argument of prompt 17. */
  @Complete(prompt = "prompt17", argument = "x")
  public List<String> complete17(String value) {
    return List.of("complete 17 " + value);
  }

  /** Completes the argument of prompt 18. */
  @Complete(prompt = "prompt18", argument = "x")
  public List<String> complete18(String value) {
    return List.of("complete 18 " + value);
  }

  /** Completes the argument of prompt 19. */
  @Complete(prompt = "prompt19", argument = "x")
  public List<String> complete19(String value) {
    return List.of("complete 19 " + value);
  }

  /** Completes the argument of prompt 20. */
  @Complete(prompt = "prompt20", argument = "x")
  public List<String> complete20(String value) {
    return List.of("complete 20 " + value);
  }

  /** Completes the argument of prompt 21. */
  @Complete(prompt = "prompt21", argument = "x")
  public List<String> complete21(String value) {
    return List.of("complete 21 " + value);
  }

  /** Completes the argument of prompt 22. */
  @Complete(prompt = "prompt22", argument = "x")
  public List<String> complete22(String value) {
    return List.of("complete 22 " + value);
  }

  /** Completes the argument of prompt 23. */
  @Complete(prompt = "prompt23", argument = "x")
  public List<String> complete23(String value) {
    return List.of("complete 23 " + value);
  }

  /** Completes the argument of prompt 24. */
  @Complete(prompt = "prompt24", argument = "x")
  public List<String> complete24(String value) {
    return List.of("complete 24 " + value);
  }

  /** Completes the argument of prompt 25. */
  @Complete(prompt = "prompt25", argument = "x")
  public List<String> complete25(String value) {
    return List.of("complete 25 " + value);
  }

  /** Completes the argument of prompt 26. */
  @Complete(prompt = "prompt26", argument = "x")
  public List<String> complete26(String value) {
    return List.of("complete 26 " + value);
  }

  /** Completes the argument of prompt 27. */
  @Complete(prompt = "prompt27", argument = "x")
  public List<String> complete27(String value) {
    return List.of("complete 27 " + value);
  }

  /** Completes the argument of prompt 28. */
  @Complete(prompt = "prompt28", argument = "x")
  public List<String> complete28(String value) {
    return List.of("complete 28 " + value);
  }

  /** Completes the argument of prompt 29. */
  @Complete(prompt = "prompt29", argument = "x")
  public List<String> complete29(String value) {
    return List.of("complete 29 " + value);
  }
}
