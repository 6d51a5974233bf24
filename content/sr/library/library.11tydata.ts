import { libraryFolderData } from '../../../src/content/directory-data';

export default libraryFolderData('sr');
